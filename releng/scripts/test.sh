#!/usr/bin/env bash
# The test command (README, .ci/run): a clean Tycho build of every module
# with all tests, UI tests included. Finds a JDK >= 21 itself. Without a
# display it starts Xvfb for the UI tests (installing it with apt-get when
# missing and allowed); PAGELAB_SKIP_UI_TESTS=1 skips the UI tests instead.
# Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=$("$top/releng/scripts/find-jdk.sh")
export JAVA_HOME
mvn_args=()
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ "${PAGELAB_SKIP_UI_TESTS:-0}" = 1 ]; then
  mvn_args+=(-Dpagelab.ui.tests.skip=true)
elif [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || "$top/releng/scripts/install-ui-deps.sh" || {
    echo "test.sh: no display and no Xvfb: install xvfb and libgtk-3-0, or set PAGELAB_SKIP_UI_TESTS=1" >&2
    exit 2
  }
  for n in $(seq 99 130); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  echo "test.sh: UI tests run on Xvfb $DISPLAY" >&2
fi
export NO_AT_BRIDGE=1
cd "$top"
./mvnw -B clean verify ${mvn_args[@]+"${mvn_args[@]}"} "$@"

# The UI tests start and shut down the real workbench: its platform log
# must stay free of errors (exceptions in views, failed parts, ...).
status=0
for log in bundles/*/target/work/data/.metadata/.log; do
  [ -f "$log" ] || continue
  if grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    echo "test.sh: errors in the workbench log $log:" >&2
    grep -A3 '^!ENTRY [^ ]* 4 ' "$log" | head -n 40 >&2
    status=1
  fi
done
exit $status
