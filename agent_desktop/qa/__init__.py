"""Quality assurance (质检) in the desktop: score a recording, forms, samples, my evaluations."""
