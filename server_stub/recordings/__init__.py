"""Call recordings: the index rows and safe access to the WAV files."""
