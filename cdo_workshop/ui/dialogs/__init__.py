"""Small dialogs: values in, values out."""
