#@ OcrService ocr
#@ File (label = "Image with a scale bar") image
#@output Double pixel_size
#@output String unit
#@output Boolean sure
#@output Double precision
# Fiji OCR from Jython: the scale bar of an image file (burned in, or an ImageJ overlay) and the
# pixel size it gives. sure is False when the label could not be read confidently (the reason is
# in doubt): then do not calibrate from it. precision: the most the pixel size can be off, in
# percent (a short bar drawn to whole pixels gives it only to a few percent).
# Plugins > OCR > Read Scale Bar sets the open image's scale.
s = ocr.readScaleBar(image, 0.7)
pixel_size = s.pixelSize()
unit = s.unit
sure = s.sure
precision = 100 * s.precision()
print("%s: bar %.2f px, %s -> %.6g %s per pixel, to +-%.1f%%%s" % (image.getName(), s.length, s.label, pixel_size,
      unit, precision, "" if sure else " (not sure: %s)" % s.doubt))
