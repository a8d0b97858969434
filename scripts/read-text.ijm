// Fiji OCR: read every text line of every image in a folder with the bundled model.
// Fiji: Plugins > Macros > Run... with an argument; headless: scripts/fiji-ocr -macro scripts/read-text.ijm FOLDER
// The lines are appended to the Results table (columns image, slice, line, text, confidence, ...).
folder = getArgument();
if (folder == "") exit("usage: read-text.ijm FOLDER (the image or folder of images to read)");
first = nResults;
run("Read Text", "input=[" + folder + "] threshold=0.7");
s = "";
for (i = first; i < nResults; i++)
    s = s + getResultString("image", i) + "\t" + getResultString("text", i) + "\n";
return s;
