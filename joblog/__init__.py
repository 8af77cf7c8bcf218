"""Log context shared by every worker task: the running job's id on each line; imports no app."""
