"""Events other apps may follow: a case created, a case resolved. Sent after the commit."""

from django.dispatch import Signal

# kwargs: submission
case_created = Signal()
case_resolved = Signal()
