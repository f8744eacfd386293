"""The run's machinery: lock, state, exit codes, failure reasons, paths, the parsing worker
pool, the Redis worker and the stats collector. Nothing here knows a site."""
