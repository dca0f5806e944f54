"""One registry of the jobs that run on a schedule.

An app marks a task with `@scheduled("<crontab>", description=...)` in its
`tasks` module; django-crontask's scheduler (`manage.py crontask`, started by
`make serve` from the Procfile) loads every app's `tasks` module and queues each
job at its times; the task worker (`db_worker`) runs it. No app is named here:
apps add their jobs, and `jobs()` lists them (the README's table, the tests).

Times are cron expressions in the server's time zone (settings.TIME_ZONE), with
the weekday written as a name (mon, tue, ...), as django-crontask asks.
"""

from dataclasses import dataclass

import crontask
from django.tasks import Task


@dataclass(frozen=True)
class Job:
    name: str  # the task's module path, e.g. feedback.tasks.weekly_digest
    cron: str
    description: str
    task: Task


_JOBS: dict[str, Job] = {}


def scheduled(cron: str, *, description: str):
    """Register a task (a django.tasks Task) to be queued at the times of `cron`."""

    def decorator(task: Task) -> Task:
        name = f"{task.func.__module__}.{task.func.__name__}"
        if name not in _JOBS:  # a module imported twice registers once
            _JOBS[name] = Job(name, cron, description, task)
            crontask.cron(cron, sentry_monitor_config=None)(task)
        return task

    return decorator


def jobs() -> list[Job]:
    """Every registered job, by name (after the apps' `tasks` modules are imported)."""
    return sorted(_JOBS.values(), key=lambda job: job.name)
