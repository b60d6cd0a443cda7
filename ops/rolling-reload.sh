#!/usr/bin/env bash
# Three `clusterkg serve` replicas of one build behind nginx (ops/nginx/replicas.conf.template), load through
# nginx, and a new build rolled onto the replicas one at a time: each gets the build copied, is stopped
# (SIGTERM), started again and waited for, as in docs/operations.md ("Beyond one machine").
# Prints what the clients saw (failed requests, p50/p99, the longest pause) and the ETags of each replica
# before and after the roll. Exits non-zero when a request failed or the replicas' ETags differ.
#
# Usage: ops/rolling-reload.sh JAR WORK_DIR      (nginx from PATH or /usr/sbin; CLIENTS=8 by default)
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 JAR WORK_DIR" >&2
  exit 2
fi
jar=$(realpath "$1")
mkdir -p "$2"
work=$(realpath "$2")
clients=${CLIENTS:-8}
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 2; }
# a build's stamp names data/ and ontology/ by their relative paths: every build and replica runs from the project
cd "$(dirname "$0")/.."

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# seconds since $1 (an $EPOCHREALTIME), to a tenth
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
started_at=$EPOCHREALTIME
say() { echo "[$(since "$started_at") s] $*"; }

# N distinct ports of 127.0.0.1 that nothing answers on
free_ports() {
  local port taken=()
  while [ ${#taken[@]} -lt "$1" ]; do
    port=$((20000 + RANDOM % 40000))
    [[ " ${taken[*]} " == *" $port "* ]] && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || taken+=("$port")
  done
  echo "${taken[*]}"
}

read -r port p1 p2 p3 <<<"$(free_ports 4)"
base="http://127.0.0.1:$port/"
replica_port=("" "$p1" "$p2" "$p3")
replica_pid=("" "" "" "")
replica_runs=(0 0 0 0)

# Two builds of the same data, made once: every replica gets byte copies, so they agree on ETags (which name
# the build); the second is the "new" build that is rolled out. Built side by side, to save time.
build() {
  # exec: the background job is java itself, so the cleanup's kill reaches it
  exec java -jar "$jar" build --out "$work/build-$1" --base "$base" >"$work/build-$1.log" 2>&1
}
rm -rf "$work"/build-* "$work"/replica-* "$work/nginx"
say "building twice under $base"
build 1 & b1=$!
build 2 & b2=$!
pids+=("$b1" "$b2")
wait "$b1" || { echo "the first build failed: see $work/build-1.log" >&2; exit 1; }
wait "$b2" || { echo "the second build failed: see $work/build-2.log" >&2; exit 1; }
build_id() { basename "$(readlink "$work/build-$1/current")"; }

# The build's directory, then the link to it by a rename: a replica starting meanwhile sees one build or the
# other, whole. The build being served is not touched.
install() {
  local n=$1 root="$work/replica-$2" id
  id=$(build_id "$n")
  mkdir -p "$root/builds"
  cp -a "$work/build-$n/builds/$id" "$root/builds/"
  cp -a "$work/build-$n/current" "$root/current.new"
  mv -T "$root/current.new" "$root/current"
}

start_replica() {
  local i=$1 log
  replica_runs[i]=$((replica_runs[i] + 1))
  log="$work/replica-$i.${replica_runs[i]}.log"
  java -jar "$jar" serve --out "$work/replica-$i" --port "${replica_port[i]}" --loopback-only --base "$base" >"$log" 2>&1 &
  replica_pid[i]=$!
  pids+=("$!")
}

await_replica() {
  local i=$1 log="$work/replica-$1.${replica_runs[$1]}.log" deadline=$((SECONDS + 120))
  until curl -fsS -o /dev/null "http://127.0.0.1:${replica_port[i]}/sparql?query=ASK%7B%7D" 2>/dev/null; do
    kill -0 "${replica_pid[i]}" 2>/dev/null || { echo "replica $i exited: see $log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "replica $i did not answer in 120 s: see $log" >&2; exit 1; }
    sleep 0.1
  done
  # a copied build is current for the replica's inputs and base: serving it must not rebuild it
  if grep -q "Building the graph" "$log"; then echo "replica $i rebuilt the graph instead of serving the copy" >&2; exit 1; fi
}

stop_replica() {
  kill -TERM "${replica_pid[$1]}"
  wait "${replica_pid[$1]}" 2>/dev/null || true
}

for i in 1 2 3; do install 1 "$i"; start_replica "$i"; done
for i in 1 2 3; do await_replica "$i"; done
say "replicas on ports ${replica_port[*]:1} serve build $(build_id 1)"

mkdir -p "$work/nginx"
sed -e "s|@WORK@|$work/nginx|g" -e "s|@PORT@|$port|g" -e "s|@REPLICA_1@|${replica_port[1]}|g" \
    -e "s|@REPLICA_2@|${replica_port[2]}|g" -e "s|@REPLICA_3@|${replica_port[3]}|g" \
    ops/nginx/replicas.conf.template >"$work/nginx/nginx.conf"
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -t -q
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=("$!")
deadline=$((SECONDS + 10))
until curl -fsS -o /dev/null "${base}sparql?query=ASK%7B%7D" 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || { echo "nginx does not answer on $base: see $work/nginx/error.log" >&2; exit 1; }
  sleep 0.1
done
say "nginx on $base"

# The same addresses asked of each replica directly: documents, a dump's checksums, a query's answer.
sitemap=$(curl -fsS "${base}sitemap.xml")
doc=$(grep -o '<loc>[^<]*/doc/[^<]*</loc>' <<<"$sitemap" | sed -n -e 's|<loc>[^/]*//[^/]*||' -e 's|</loc>||' -e 1p)
paths=(/void /sitemap.xml /dumps/SHA256SUMS "/sparql?query=ASK%7B%7D" "$doc")
etags_agree=yes
# prints each path with the three replicas' ETags for it
etags() {
  local label=$1 path i tag tags
  for path in "${paths[@]}"; do
    tags=()
    for i in 1 2 3; do
      tag=$(curl -fsS -o /dev/null -D - -H 'Accept: text/html' "http://127.0.0.1:${replica_port[i]}$path" |
            tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
      tags+=("${tag:-none}")
      if [ "${tags[-1]}" != "${tags[0]}" ] || [ -z "$tag" ]; then
        echo "ETags differ for $path: ${tags[*]}" >&2
        etags_agree=no
      fi
    done
    echo "etag $label $path ${tags[*]}"
  done
}
etags before >"$work/etags-before.txt"
cat "$work/etags-before.txt"

# one long step of unique queries (no cache answers them), ended by SIGTERM once the roll is over
java -jar "$jar" loadtest --url "$base" --clients "$clients" --seconds 600 --runaway-clients 0 --no-report \
  >"$work/load.log" 2>&1 &
load_pid=$!
pids+=("$load_pid")
until grep -q "^$clients clients: sending" "$work/load.log"; do
  kill -0 "$load_pid" 2>/dev/null || { cat "$work/load.log" >&2; exit 1; }
  sleep 0.1
done
sleep 3
say "load through nginx: $clients clients; rolling build $(build_id 2) onto the replicas"
roll_start=$SECONDS
for i in 1 2 3; do
  t=$EPOCHREALTIME
  install 2 "$i"
  stop_replica "$i"
  start_replica "$i"
  await_replica "$i"
  say "replica $i serves build $(build_id 2) again after $(since "$t") s"
done
roll_seconds=$((SECONDS - roll_start))
sleep 3
kill -TERM "$load_pid"
load_status=0
wait "$load_pid" || load_status=$?
etags after >"$work/etags-after.txt"
cat "$work/etags-after.txt"

figures=$(grep "^$clients clients: [0-9]* requests" "$work/load.log") || { cat "$work/load.log" >&2; exit 1; }
before=$(sed -n 1p "$work/etags-before.txt" | cut -d' ' -f4)
after=$(sed -n 1p "$work/etags-after.txt" | cut -d' ' -f4)
[[ $figures =~ ([0-9]+)\ requests.*p50\ ([0-9.]+)\ ms,\ p99\ ([0-9.]+)\ ms,\ max\ ([0-9.]+)\ ms,\ ([0-9]+)\ errors,\ ([0-9]+)\ refused ]]
failed=$((BASH_REMATCH[5] + BASH_REMATCH[6]))
# nginx logs "upstream_status=502, 200" for a request that one replica dropped and the next answered
retried=$(grep -c 'upstream_status=[0-9]*,' "$work/nginx/access.log" || true)
cat <<EOF
== rolling reload: 3 replicas behind nginx ($(date -u +%FT%TZ), $(nproc) cores) ==
requests through nginx: ${BASH_REMATCH[1]} by $clients clients, roll of 3 replicas in $roll_seconds s
failed requests: $failed (${BASH_REMATCH[5]} errors, ${BASH_REMATCH[6]} refused)
retried by nginx on another replica: $retried
p50 ms: ${BASH_REMATCH[2]}
p99 ms: ${BASH_REMATCH[3]}
longest pause ms: ${BASH_REMATCH[4]}
ETags identical across replicas: $etags_agree
ETag before: $before
ETag after: $after
EOF
[ "$load_status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$etags_agree" = yes ] && [ "$before" != "$after" ]
