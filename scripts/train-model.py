#@ CommandService command
#@ File (label = "Dataset folder or labels.csv", style = "both") dataset
#@ File (label = "Model file to write", style = "save") model
#@ Integer (label = "Epochs", value = 10) epochs
#@output Double accuracy
# Fiji OCR from Jython: train a character model by running the "Train Character Model" command.
from io.github.fijiocr.command import TrainCharacterModelCommand

module = command.run(TrainCharacterModelCommand, True,
                     "input", dataset, "output", model, "epochs", epochs).get()
if module.isCanceled():
    raise Exception(module.getCancelReason())
accuracy = module.getOutput("test_accuracy")
print("test accuracy %.4f, model %s" % (accuracy, model))
