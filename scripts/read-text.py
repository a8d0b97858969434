#@ OcrService ocr
#@ File (label = "Image or folder", style = "both") image
#@ Float (label = "Reject below probability", value = 0.7) threshold
#@output String text
# Fiji OCR from Jython: read the text lines of an image file or a folder of images with the
# bundled line model (model None; ocr.model(File) gives a model file's, and
# ocr.model(None, ReadOptions.Reader.CHARACTERS) the bundled character model). In Fiji: open in the
# Script Editor and Run.
from io.github.fijiocr.locate import LocateOptions
from io.github.fijiocr.progress import Progress

lines = ocr.readText(image, None, LocateOptions(), threshold, None, Progress.NONE)
text = "\n".join("%s\t%s" % (l.image, l.text) for l in lines)
print(text)
