print("usage: taskflow-gen generate|scan|diagram")
