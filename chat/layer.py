"""Whether the channel layer (Redis across servers) answers right now.

The chat page asks before drawing an open chat: when the layer is down, the page
says chat is unavailable and offers the form with what the customer wrote.
"""

import asyncio
import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

logger = logging.getLogger(__name__)

PROBE_GROUP = "chat.probe"  # nobody joins it: a send reaches the layer and no one
PROBE_SECONDS = 1.0


async def _probe(timeout: float) -> None:
    layer = get_channel_layer()
    await asyncio.wait_for(layer.group_send(PROBE_GROUP, {"type": "chat.probe"}), timeout)


def layer_available(timeout: float = PROBE_SECONDS) -> bool:
    try:
        async_to_sync(_probe)(timeout)
    except Exception:  # any failure of the layer's server (refused, timed out, reset)
        logger.warning("The chat's channel layer does not answer.", exc_info=True)
        return False
    return True
