"""The bin: deleted officials, equipment and courses, and bringing them back."""
