#@ OcrService ocr
#@ File (label = "Time-lapse stack (TIFF streams as a virtual stack)") stack
#@ String (label = "Format", value = "auto") format
#@output Double interval
#@output String table
# Fiji OCR from Jython: read the burned-in timestamp of every frame of a stack file, checked as a
# sequence (status read, corrected, flagged, gap or repeated), and the frame interval in seconds.
# For the open image and its calibration, use Plugins > OCR > Read Timestamps (or its macro).
from io.github.fijiocr.progress import Progress

t = ocr.readTimestamps(stack, format, 0.7, Progress.NONE)
interval = t.interval
rows = ["%d\t%s\t%s\t%s" % (r.slice, r.text, r.status.key(), r.note) for r in t.readings]
table = "\n".join(rows)
print("frame interval: %s s" % interval)
print(table)
