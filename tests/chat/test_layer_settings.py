"""The Redis channel layer as the settings build it (REDIS_URL set), on either leg."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUILD_LAYER = """
import json
from django.conf import settings
from channels_redis.core import RedisChannelLayer
config = settings.CHANNEL_LAYERS["default"]
layer = RedisChannelLayer(**config["CONFIG"])
connection = layer.create_pool(0).make_connection()  # built, not connected
print(json.dumps({"backend": config["BACKEND"], "pop": layer.brpop_timeout,
                  "read": connection.socket_timeout}))
"""


def test_a_socket_waiting_for_messages_outlasts_the_layers_blocking_pop():
    """redis-py's default read timeout (5 s) equals channels-redis's blocking pop: an
    idle socket then lost the race now and then and closed with an error (1011)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "helpdesk.settings",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + BUILD_LAYER],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    built = json.loads(result.stdout.strip().splitlines()[-1])
    assert built["backend"] == "channels_redis.core.RedisChannelLayer"
    assert built["read"] is not None  # a dead Redis is still noticed
    assert built["read"] >= 2 * built["pop"]
