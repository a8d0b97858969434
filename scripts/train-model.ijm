// Fiji OCR: train a character model on a folder per class (myData/0, myData/1, ...) and use it.
// Headless: scripts/fiji-ocr -macro scripts/train-model.ijm "DATASET MODEL.zip EPOCHS"
args = split(getArgument(), " ");
dataset = args[0];
model = args[1];
epochs = args[2];
run("Train Character Model", "input=[" + dataset + "] output=[" + model + "] epochs=" + epochs);
first = nResults;
run("Classify Characters", "input=[" + dataset + "] model=[" + model + "]");
right = 0;
for (i = first; i < nResults; i++) {
    parts = split(getResultString("image", i), "/");
    if (parts[0] == getResultString("label", i)) right++;
}
return "" + right + " of " + (nResults - first);
