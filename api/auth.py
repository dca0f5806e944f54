"""Staff tokens: `Authorization: Bearer okh_...`, scoped read or write.

A token acts as its user under the admin's rules (roles, handle_feedback /
handle_suspicious); a revoked token, or one of a user who is no longer active
staff, is refused like an unknown one (401). A read token on a write (403).
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import HttpBearer

from api.errors import ApiError
from api.models import ApiToken, token_digest

LAST_USED_RESOLUTION = 60  # seconds: last_used_at is written at most once a minute


class StaffToken(HttpBearer):
    def __init__(self, *, write: bool = False):
        super().__init__()
        self.write = write

    def authenticate(self, request, token):
        found = (
            ApiToken.objects.usable()
            .select_related("user")
            .filter(digest=token_digest(token))
            .first()
        )
        if found is None:
            return None
        if self.write and found.scope != ApiToken.Scope.WRITE:
            raise ApiError(403, _("This token may only read."), error="read_only_token")
        now = timezone.now()
        if (
            found.last_used_at is None
            or (now - found.last_used_at).total_seconds() > LAST_USED_RESOLUTION
        ):
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        request.api_token = found
        return found


read_token = StaffToken()
write_token = StaffToken(write=True)
