"""Quality assurance (质检): scoring forms, evaluations of recorded calls, samples, report."""
