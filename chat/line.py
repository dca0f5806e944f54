"""The waiting line as pages see it: read once per change in each server process.

When the queue changes (a chat queued, accepted, ended or transferred, an agent
coming or going) every waiting page and every desk needs the new figures. Each
change carries an id; the first page of a process to hear of it starts one read
of the line (services.waiting_line), and every other page of that process
waiting for the same change, or an older one, shares that read. Reads are keyed
by the order in which this process heard of changes, so no clock is compared
between servers.
"""

import asyncio
import uuid
import weakref
from collections import OrderedDict

from channels.db import database_sync_to_async

from chat import services

REMEMBERED = 256  # change ids kept to recognise a change heard a second time


def change_id() -> str:
    return uuid.uuid4().hex


class Board:
    def __init__(self):
        self.heard = 0  # changes heard so far
        self.changes = OrderedDict()  # change id -> its number in `heard`
        self.line = None
        self.line_covers = 0  # the changes heard before the current line was read
        self.reading = None  # (changes covered, task) of the read under way

    def number_of(self, change: str) -> int:
        if change not in self.changes:
            self.heard += 1
            self.changes[change] = self.heard
            while len(self.changes) > REMEMBERED:
                self.changes.popitem(last=False)
        return self.changes[change]

    async def line_after(self, change: str) -> services.WaitingLine:
        """The line read after this change was heard of (shared with other pages)."""
        wanted = self.number_of(change)
        if self.line is not None and self.line_covers >= wanted:
            return self.line
        if self.reading is None or self.reading[0] < wanted:
            self.reading = (self.heard, asyncio.ensure_future(self._read(self.heard)))
        # One page closing must not cancel the read the others wait for.
        return await asyncio.shield(self.reading[1])

    async def _read(self, covers: int) -> services.WaitingLine:
        try:
            line = await database_sync_to_async(services.waiting_line)()
        finally:
            if self.reading is not None and self.reading[0] == covers:
                self.reading = None
        if covers > self.line_covers:
            self.line, self.line_covers = line, covers
        return line


_boards: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Board]" = weakref.WeakKeyDictionary()


def board() -> Board:
    """This process's board (one per event loop: tests run several loops)."""
    loop = asyncio.get_running_loop()
    if loop not in _boards:
        _boards[loop] = Board()
    return _boards[loop]
