// Fiji OCR: train a character model on a folder per class (myData/0, myData/1, ...) and use it.
// Headless: scripts/fiji-ocr -macro scripts/train-model.ijm "DATASET MODEL.zip EPOCHS"
args = split(getArgument(), " ");
dataset = args[0];
model = args[1];
epochs = args[2];
run("Train Character Model", "input=[" + dataset + "] output=[" + model + "] epochs=" + epochs);
first = nResults;
// threshold=0: every image gets the model's best label, so this counts what it gets right.
run("Classify Characters", "input=[" + dataset + "] model=[" + model + "] threshold=0");
right = 0;
for (i = first; i < nResults; i++) {
    parts = split(getResultString("image", i), "/");
    if (parts[0] == getResultString("label", i)) right++;
}
return "" + right + " of " + (nResults - first);
