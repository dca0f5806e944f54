"""Settings for the help portal, read from the environment.

Local use needs no configuration (SQLite, local memory cache, DEBUG on).
With DEBUG off the secrets and hosts must be given, or start-up fails.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from helpdesk.lib.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", True)

_DEV_SECRET_KEY = "django-insecure-local-development-only"
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET_KEY if DEBUG else None)
if not DEBUG and SECRET_KEY == _DEV_SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY to a secret value when DEBUG is off.")

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

BRAND_NAME = env_str("BRAND_NAME", "OKPay")
# The public address of the portal, for links in e-mails.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # daphne's runserver serves HTTP and the chat's WebSockets in one process (`make run`).
    "daphne",
    # modeltranslation patches the admin, so it must come before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "django_ratelimit",
    "django_tasks_db",
    # Runs the jobs of helpdesk.lib.schedules (`manage.py crontask`, a Procfile process).
    "crontask",
    "helpdesk",
    "contacts",
    "faq",
    "feedback",
    "channels",
    "chat",
    # The public JSON API (/api/v1/); it depends on the apps above, never the reverse.
    "corsheaders",
    "api",
]

MIDDLEWARE = [
    # First, so that the pages it stores carry every header the others add.
    "helpdesk.lib.pagecache.PageCacheMiddleware",
    # Every 4xx/5xx under /api/ as a JSON body (404, 405, 413 included).
    "api.middleware.JsonErrorsMiddleware",
    # Before CommonMiddleware; answers nothing unless API_CORS_ALLOWED_ORIGINS is set.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the body (CSRF reads POST): oversize bodies get a 413 page.
    "helpdesk.lib.requestsize.RequestSizeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Admin times in the staff member's own zone (feedback.stafftime).
    "feedback.stafftime.StaffTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "helpdesk.urls"
WSGI_APPLICATION = "helpdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "helpdesk.context_processors.portal",
            ],
            # Site-wide tags live with the shared code that imports no app.
            "libraries": {"portal": "helpdesk.lib.portal_tags"},
        },
    },
]

_database_url = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(
        _database_url,
        # Persistent connections (checked before reuse) save a connect per request;
        # for SQLite also the WAL set-up and checkpoint of every open and close.
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work during a write; IMMEDIATE takes the write lock at
    # BEGIN so concurrent writers queue on the busy timeout instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation pays off for long analytical queries, never for a web
    # request's: it kicks in on cost estimates alone and made searches whose
    # plans run in a few milliseconds many times slower (docs/performance.md).
    # effective_io_concurrency: a bitmap heap scan (a search's matches) asks
    # the operating system for this many pages ahead instead of one at a time;
    # PostgreSQL's default of 1 is meant for a single spinning disk.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c jit=off -c effective_io_concurrency={env_int('PG_IO_CONCURRENCY', 32)}"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "")
# django-ratelimit lists only third-party Redis backends as supported; Django's
# own RedisCache increments with INCRBY, which is atomic across processes.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "helpdesk"),
        }
    }
    # The public side uses sessions only for messages; staff sessions survive
    # a cache flush through the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    # django-ratelimit refuses a per-process cache because several processes
    # would each count separately. Without REDIS_URL that is accepted for one
    # process (runserver, tests); `check --deploy` warns (helpdesk.W001).
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

RATELIMIT_USE_CACHE = "default"
# Limits can be switched off for load benchmarks; never in production.
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
# A count the cache could not give lets the request through (see helpdesk.lib.ratelimits).
RATELIMIT_FAIL_OPEN = True
# Proxies in front that append the client's address to X-Forwarded-For; 0 trusts
# no header, so a client cannot pick its own address (helpdesk.lib.ratelimits).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
RATELIMIT_IP_META_KEY = "helpdesk.lib.ratelimits.client_ip"
# "Is it really us?" lookups per client IP (django-ratelimit rate syntax).
CONTACT_VERIFY_RATE = env_str("CONTACT_VERIFY_RATE", "30/m")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Public pages live under a language prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("zh-hant", _("Traditional Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "zh-hans", "zh-hant")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Public pictures in articles: a separate folder from MEDIA_ROOT (private evidence).
PUBLIC_MEDIA_ROOT = Path(env_str("PUBLIC_MEDIA_ROOT", str(BASE_DIR / "var" / "public-media")))
PUBLIC_MEDIA_URL = "/media/"
ARTICLE_IMAGE_MAX_FILE_SIZE = 8 * 1024 * 1024
ARTICLE_IMAGE_MAX_PIXELS = 40_000_000
# Without collectstatic (DEBUG, tests) whitenoise serves from the finders.
WHITENOISE_USE_FINDERS = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Mail: printed to the console in development; SMTP when EMAIL_HOST is given.
_email_host = env_str("EMAIL_HOST", "")
if _email_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _email_host,
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER", ""),
                "password": env_str("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": env_int("EMAIL_TIMEOUT", 10),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "OKPay Help <help@example.com>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Security headers. The CSP allows no inline script without the request's nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("BEHIND_TLS_PROXY", False):
    # Only behind a proxy that sets this header itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    # The scheduler (crontask) would log its lock refresh every five seconds.
    "loggers": {"apscheduler": {"level": "WARNING"}},
}

# Anonymous public pages are served from the cache for this long at most (0: off);
# content edits invalidate them at once, and a page whose "open now", alerts or
# scheduled articles change sooner is kept only until then (helpdesk.lib.pagecache).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)

# Background work (mail). The database queue survives restarts and mail outages;
# a worker (`manage.py db_worker`) runs it. "immediate" runs tasks inside the
# request instead, which is what `make run` uses so mail shows up on the console.
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate" if DEBUG else "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {sorted(_TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}

# Feedback and reports: abuse limits (django-ratelimit rates, "count/period").
# Stored submissions per client; every POST (also invalid ones) per client.
FEEDBACK_SUBMIT_RATE = env_str("FEEDBACK_SUBMIT_RATE", "5/h")
FEEDBACK_POST_RATE = env_str("FEEDBACK_POST_RATE", "30/h")
# Status lookups per client, and per reference (against guessing e-mails).
STATUS_LOOKUP_RATE = env_str("STATUS_LOOKUP_RATE", "10/m")
FAQ_SUGGEST_RATE = env_str("FAQ_SUGGEST_RATE", "60/m")
# Searches that found nothing, counted for the content-gaps list: per client at
# most this many, and each query once per client in this period.
FAQ_SEARCH_GAP_RATE = env_str("FAQ_SEARCH_GAP_RATE", "30/h")
FAQ_SEARCH_GAP_REPEAT_RATE = env_str("FAQ_SEARCH_GAP_REPEAT_RATE", "1/d")
# Attachments: how many, and how large each and together (bytes).
FEEDBACK_MAX_FILES = env_int("FEEDBACK_MAX_FILES", 5)
FEEDBACK_MAX_FILE_SIZE = env_int("FEEDBACK_MAX_FILE_SIZE", 5 * 1024 * 1024)
FEEDBACK_MAX_TOTAL_SIZE = env_int("FEEDBACK_MAX_TOTAL_SIZE", 15 * 1024 * 1024)
# Request bodies in Django itself (the proxy caps them too): all files of one form
# plus room for its fields; form fields kept in memory, files larger than this
# spooled to disk; at most this many fields and files in one request.
REQUEST_MAX_BODY_SIZE = env_int("REQUEST_MAX_BODY_SIZE", FEEDBACK_MAX_TOTAL_SIZE + 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = FEEDBACK_MAX_FILES * 2
# Images larger than this many pixels are refused (decompression bombs).
FEEDBACK_MAX_IMAGE_PIXELS = env_int("FEEDBACK_MAX_IMAGE_PIXELS", 40_000_000)
# Closed records older than this are anonymised by `manage.py feedback_anonymise`.
FEEDBACK_RETENTION_DAYS = env_int("FEEDBACK_RETENTION_DAYS", 730)
# Mail attempts before a notification is left as failed for staff to retry.
FEEDBACK_MAIL_MAX_ATTEMPTS = env_int("FEEDBACK_MAIL_MAX_ATTEMPTS", 5)
# Extra addresses alerted about new suspicious-activity reports (besides analysts).
FEEDBACK_SECURITY_ALERT_TO = env_list("FEEDBACK_SECURITY_ALERT_TO", [])

# Conversations (feedback.links). The case link in our mail works this many days;
# a resolved case reopens when the customer answers within this many days.
CASE_LINK_DAYS = env_int("CASE_LINK_DAYS", 30)
CASE_REOPEN_DAYS = env_int("CASE_REOPEN_DAYS", 14)
# Answers a client may add on case pages (every POST also counts to FEEDBACK_POST_RATE).
CASE_REPLY_RATE = env_str("CASE_REPLY_RATE", "10/h")
# The agents' desk: a resolved case may be rated ("Did we solve your problem?") for
# this many days; a call code is valid this many minutes; codes entered on the
# verify page per client and in all (django-ratelimit rates).
CSAT_RATING_DAYS = env_int("CSAT_RATING_DAYS", 7)
CALL_CODE_MINUTES = env_int("CALL_CODE_MINUTES", 10)
CALL_CODE_CHECK_RATE = env_str("CALL_CODE_CHECK_RATE", "10/h")
CALL_CODE_CHECK_GLOBAL_RATE = env_str("CALL_CODE_CHECK_GLOBAL_RATE", "300/h")
# Customers' answers by mail go to this address with the case in its plus part
# (reply+<case>@...); the MTA pipes them to `manage.py receive_mail`.
INBOUND_EMAIL_ADDRESS = env_str("INBOUND_EMAIL_ADDRESS", "reply@help.example.com")
# Larger inbound messages are refused (recorded without their content).
INBOUND_MAX_BYTES = env_int("INBOUND_MAX_BYTES", 25 * 1024 * 1024)
# Inbound mail from Mailgun (feedback.inbound_webhook, /mail/inbound/mailgun/): the
# route's requests are signed with this key; the webhook answers 404 without it.
# ANYMAIL_WEBHOOK_SECRET ("user:password") adds basic auth in front of the signature.
ANYMAIL = {
    "MAILGUN_WEBHOOK_SIGNING_KEY": env_str("MAILGUN_WEBHOOK_SIGNING_KEY", ""),
}
if env_str("ANYMAIL_WEBHOOK_SECRET", ""):
    ANYMAIL["WEBHOOK_SECRET"] = env_str("ANYMAIL_WEBHOOK_SECRET", "")
# /healthz answers "degraded" when the oldest unsent mail is older than this.
OUTBOX_DEGRADED_AFTER_SECONDS = env_int("OUTBOX_DEGRADED_AFTER_SECONDS", 900)

# How many page views an app process counts in the cache before writing them.
FAQ_VIEW_FLUSH_EVERY = env_int("FAQ_VIEW_FLUSH_EVERY", 50)
# Seconds a process gathers views before it adds them to the shared counter.
FAQ_VIEW_BUFFER_SECONDS = env_int("FAQ_VIEW_BUFFER_SECONDS", 1)

# modeltranslation's admin tabs load jQuery UI from a CDN unless told otherwise;
# pages must work offline, so it is vendored.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Live chat (chat app). WebSockets are served by the ASGI application (daphne);
# Redis carries messages between servers, the in-memory layer serves one process.
ASGI_APPLICATION = "helpdesk.asgi.application"
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py's pool refuses a command once this many are in flight (it
                # does not wait): sized above a process's handshakes and broadcasts.
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "max_connections": env_int("CHAT_LAYER_CONNECTIONS", 1000),
                        # Seconds. A socket waits for its next message in a blocking
                        # pop of up to 5 s; redis-py's default read timeout is 5 s too,
                        # and when it fired first the WebSocket closed with an error
                        # (1011) after 5 s without a message.
                        "socket_timeout": 15,
                    }
                ],
                "prefix": env_str("CHANNEL_LAYER_PREFIX", "helpdesk-chat"),
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# Where pages open the chat's WebSocket when it is not this site's own address
# (`make serve`: daphne on its own port beside gunicorn); empty: the same host.
CHAT_WEBSOCKET_ORIGIN = env_str("CHAT_WEBSOCKET_ORIGIN", "").rstrip("/")
if CHAT_WEBSOCKET_ORIGIN:
    SECURE_CSP["connect-src"] = [*SECURE_CSP["connect-src"], CHAT_WEBSOCKET_ORIGIN]
CHAT_MESSAGE_RATE = env_str("CHAT_MESSAGE_RATE", "30/m")  # messages per chat and per client
CHAT_CONNECT_RATE = env_str("CHAT_CONNECT_RATE", "30/m")  # WebSocket connections per client
CHAT_START_RATE = env_str("CHAT_START_RATE", "10/h")  # chats a client may open
CHAT_TRANSCRIPT_RATE = env_str("CHAT_TRANSCRIPT_RATE", "5/h")  # transcript mails per client
CHAT_TRANSCRIPTS_PER_CHAT = env_int("CHAT_TRANSCRIPTS_PER_CHAT", 2)
CHAT_FILE_RATE = env_str("CHAT_FILE_RATE", "20/h")  # files a client may send
CHAT_MAX_MESSAGE_CHARS = env_int("CHAT_MAX_MESSAGE_CHARS", 2000)
# Threads (each with a PostgreSQL connection) for the chat's database work, per process.
# One by default: with 500 customers, 4 threads waited on the process's GIL
# (round trip p50 4.3 s, 2 threads 0.9 s, 1 thread 21 ms; docs/performance.md).
CHAT_DATABASE_THREADS = env_int("CHAT_DATABASE_THREADS", 1)
# Connections a chat process opens at once (the others wait their turn).
CHAT_OPENING_AT_ONCE = env_int("CHAT_OPENING_AT_ONCE", 16)
# Larger WebSocket frames are refused and the connection closed (code 1009).
CHAT_MAX_FRAME_BYTES = env_int("CHAT_MAX_FRAME_BYTES", 16 * 1024)
CHAT_AGENT_MAX_CHATS = env_int("CHAT_AGENT_MAX_CHATS", 3)  # chats an agent holds at once
# Minutes one chat takes when there is no recent history to estimate from.
CHAT_DEFAULT_HANDLING_MINUTES = env_int("CHAT_DEFAULT_HANDLING_MINUTES", 6)
# ---------------------------------------------------------------- public API (api/)
# Cross-origin browser access to /api/ (django-cors-headers): off unless origins are named.
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_HEADERS = [
    "accept",
    "accept-language",
    "authorization",
    "content-type",
    "idempotency-key",
    "if-none-match",
    "if-modified-since",
]
# Lifetime of cached API answers (they are also invalidated by every content save).
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", PAGE_CACHE_SECONDS)
# Webhook deliveries: attempts before giving up, and hosts that may resolve to
# non-public addresses (only for tests and local receivers; never in production).
API_WEBHOOK_MAX_ATTEMPTS = env_int("API_WEBHOOK_MAX_ATTEMPTS", 6)
API_WEBHOOK_TIMEOUT = env_int("API_WEBHOOK_TIMEOUT", 10)
API_WEBHOOK_ALLOWED_HOSTS = env_list("API_WEBHOOK_ALLOWED_HOSTS", [])
