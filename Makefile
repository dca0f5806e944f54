# Set-up contract (see README): `make run` serves the demo portal on SQLite,
# `make test` runs the whole suite. Both build .venv on first use and reuse it.
SHELL := /bin/bash
.DEFAULT_GOAL := run

VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# `make serve`: daphne serves the chat's WebSockets beside gunicorn on this port.
CHAT_PORT ?= $(shell echo $$(( $(PORT) + 1 )))
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

# Django 6.1 needs Python >= 3.12: PATH first, then pyenv's installed versions.
# Shims can exist for versions that are not active, so every candidate is run.
define find_python
for cand in python3.14 python3.13 python3.12 \
    $$(ls -d "$$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
  if "$$cand" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
    command -v "$$cand"; exit 0; \
  fi; \
done; exit 1
endef

.PHONY: run serve bench bench-search bench-chat test test-postgres setup lint format build makemessages check clean

# The production pair used by CI's second leg (services as on these machines).
# The database is named after the checkout so that parallel checkouts on one
# server do not share Django's test database.
PG_URL ?= postgres://postgres@127.0.0.1:5432/helpdesk_$(subst -,_,$(subst .,_,$(notdir $(CURDIR))))
# Likewise a Redis database number (1-15) per checkout: tests clear theirs.
REDIS_TEST_DB := $(shell echo $$(( $$(printf '%s' "$(CURDIR)" | cksum | cut -d' ' -f1) % 15 + 1 )))
REDIS_TEST_URL ?= redis://127.0.0.1:6379/$(REDIS_TEST_DB)

$(VENV)/.created:
	@py=$$($(find_python)) || { echo "error: Python >= 3.12 not found (looked on PATH and in pyenv's versions)." >&2; exit 1; }; \
	echo "Using $$py"; "$$py" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	@touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(PY) -m pip install --quiet -e . --group build
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e . --group dev
	@touch $@

# One stylesheet and one script for every public page (sources in static/).
CSS_SOURCES := static/vendor/bootstrap/bootstrap.min.css static/css/site.css
JS_SOURCES := static/js/site.js static/js/feedback.js static/js/chat.js
ASSETS := static/dist/portal.css static/dist/portal.js

static/dist/portal.css: $(CSS_SOURCES)
	@mkdir -p $(@D) && cat $^ > $@

static/dist/portal.js: $(JS_SOURCES)
	@mkdir -p $(@D) && cat $^ > $@

# Babel in the venv compiles them (no GNU gettext needed) and refuses a translation
# whose placeholders do not match its source, as `msgfmt --check-format` did.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po tools/compilemessages.py | $(VENV)/.installed
	$(PY) tools/compilemessages.py $< $@

# Compiled translations and the asset bundles.
build: $(MO_FILES) $(ASSETS)

# Regenerate the catalogues after changing user-facing strings (this one needs GNU
# gettext's xgettext: apt-get install gettext). Our scripts take their words from the
# page (data- attributes), so there is no djangojs catalogue.
makemessages: $(VENV)/.installed
	$(PY) manage.py makemessages --no-obsolete --ignore=.venv --ignore=tests -l zh_Hans -l zh_Hant

setup: $(VENV)/.installed build
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py demo_users

# Mail links point at the server being run (SITE_URL), as under `make serve`.
run: setup
	@echo "Serving http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}" $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production profile on this machine: DEBUG off, gunicorn, whitenoise,
# plain HTTP on loopback (TLS settings are for behind a proxy: see README).
# honcho runs the Procfile: the web server and the task worker (mail), started
# and stopped together; honcho gives the web process PORT.
var/secret-key:
	@mkdir -p var && umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

SERVE_ENV = DEBUG=false SECRET_KEY="$$(cat var/secret-key)" ALLOWED_HOSTS=127.0.0.1,localhost \
	SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0 \
	SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}"

serve: $(VENV)/.installed build var/secret-key
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input -v0
	$(SERVE_ENV) $(PY) manage.py migrate --no-input -v0
	$(SERVE_ENV) $(PY) manage.py load_demo
	@echo "Serving http://127.0.0.1:$(PORT)/ with gunicorn, the task worker, the scheduler and daphne for chat on $(CHAT_PORT) (DEBUG off)"
	$(SERVE_ENV) CHAT_PORT=$(CHAT_PORT) CHAT_WEBSOCKET_ORIGIN=ws://127.0.0.1:$(CHAT_PORT) \
		VENV=$(VENV) $(VENV)/bin/honcho -f Procfile start -p $(PORT)

# Throughput and latency of public pages against a hello-world Django view.
bench: $(VENV)/.installed build
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(PY) tests/bench/run.py $(BENCH_ARGS)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: $(VENV)/.installed-dev build
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check_content

# The suite runs on every core (pytest-xdist, a test database per worker: see
# tests/conftest.py). PYTEST_WORKERS=0 runs it in this process alone.
PYTEST_WORKERS ?= auto
PYTEST = $(VENV)/bin/pytest -n $(PYTEST_WORKERS)

test: $(VENV)/.installed-dev build lint check
	$(PYTEST) $(PYTEST_ARGS)

# The whole suite again on PostgreSQL + Redis (Django creates test_helpdesk_gw0, ...).
test-postgres: $(VENV)/.installed-dev build
	DATABASE_URL=$(PG_URL) REDIS_URL=$(REDIS_TEST_URL) $(PYTEST) $(PYTEST_ARGS)

# Search at scale (not a test): 10,000 articles per language in throw-away
# databases (a temp SQLite file, then PostgreSQL's helpdesk_bench), 1,000 queries.
BENCH_SQLITE ?= /tmp/helpdesk_search_bench.sqlite3
BENCH_PG_URL ?= postgres://postgres@127.0.0.1:5432/helpdesk_bench
bench-search: $(VENV)/.installed-dev build
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(PY) -m tests.bench.search $(BENCH_ARGS)
	DATABASE_URL=$(BENCH_PG_URL) $(PY) -m tests.bench.search $(BENCH_ARGS)
	rm -f $(BENCH_SQLITE) $(BENCH_SQLITE)-wal $(BENCH_SQLITE)-shm

# Live chat under load (not a test): 500 customers and 25 agents on daphne with
# the Redis channel layer and PostgreSQL for 30 s (throw-away helpdesk_chat_bench).
bench-chat: $(VENV)/.installed-dev build
	$(PY) -m tests.bench.chat $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles static/dist $(MO_FILES)
