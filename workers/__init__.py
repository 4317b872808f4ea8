"""The composition root: settings, the queue spine (rq or inline), jobs, the demo and the
``tradelead`` CLI. Nothing imports this package except ``review`` and the CLI itself."""
