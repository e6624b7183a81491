#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the database tests and prints the connection string on stdout.
#   .ci/postgres.sh start <folder>   initdb + start, listening on 127.0.0.1 and a Unix socket in <folder> only
#   .ci/postgres.sh stop <folder>    stops it; the caller deletes <folder>
# Installs Debian's postgresql when no server is found (CI machines start with none). The server never runs as root:
# when this script is root, the cluster belongs to the unprivileged "postgres" user the package creates.
set -euo pipefail
action=$1 dir=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$action" = start ] && [ -z "$bin" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; } >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL server and no apt-get to install one" >&2; exit 1; }
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
      chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U gbv -A trust -E UTF8 --no-locale >/dev/null
    # A free port on loopback: the first of a few that nothing listens on.
    port=""
    for p in 55432 55433 55434 55435 55436 55437 55438 55439; do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
    done
    [ -n "$port" ] || { echo "postgres.sh: no free port" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=gbv;Database=postgres;Pooling=true"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    ;;
esac
