#!/usr/bin/env bash
# Developer convenience, not the official test command (that is
# releng/scripts/test.sh): compiles the model and engine bundles and the
# engine test fragment on a plain classpath with javac and runs the JUnit 5
# tests with the console launcher, in seconds instead of a Tycho build.
#
#   releng/scripts/quick-test.sh                     # all engine tests
#   releng/scripts/quick-test.sh -c org.pagelab.engine.lang.ParserTest
#   releng/scripts/quick-test.sh --select-package org.pagelab.engine.trace
#   QUICK_MAIN=org.pagelab.cli.Main releng/scripts/quick-test.sh --run check examples/seeds
#
# Arguments are passed to the JUnit console launcher (see its --help),
# except after --run, where they go to $QUICK_MAIN (default: the CLI).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=$("$top/releng/scripts/find-jdk.sh")
m2=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { # group artifact version
  local f="$m2/$(echo "$1" | tr . /)/$2/$3/$2-$3.jar"
  if [ ! -f "$f" ]; then
    (cd "$top" && JAVA_HOME=$JAVA_HOME ./mvnw -q dependency:get -Dartifact="$1:$2:$3" >&2)
  fi
  printf '%s' "$f"
}
libs="$(jar org.eclipse.emf org.eclipse.emf.common 2.46.0):$(jar org.eclipse.emf org.eclipse.emf.ecore 2.43.0):$(jar org.eclipse.emf org.eclipse.emf.ecore.xmi 2.41.0):$(jar io.airlift aircompressor 0.27)"
junit=$(jar org.junit.platform junit-platform-console-standalone 1.14.4)
out=${QUICK_OUT:-/tmp/pagelab-quick-$(echo "$top" | md5sum | cut -c1-8)}
rm -rf "$out" && mkdir -p "$out/main" "$out/test"
srcs=()
for b in org.pagelab.model org.pagelab.engine org.pagelab.cli; do
  for d in src src-gen; do
    [ -d "$top/bundles/$b/$d" ] && srcs+=("$top/bundles/$b/$d")
  done
done
find "${srcs[@]}" -name '*.java' > "$out/main.list"
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 --release 21 -d "$out/main" -cp "$libs" @"$out/main.list"
for b in "${srcs[@]}"; do # copy resources that live beside the sources
  (cd "$b" && find . -type f ! -name '*.java' -exec cp --parents {} "$out/main/" \;)
done
for b in org.pagelab.engine org.pagelab.model; do
  for r in "$top/bundles/$b/resources" "$top/bundles/$b/model"; do
    [ -d "$r" ] && cp -r "$r/." "$out/main/" || true
  done
done
cp="$out/main:$libs"
if [ "${1:-}" = "--run" ]; then
  shift
  # the JVM options of the product's headless launcher (features/org.pagelab.feature/rootfiles/pagelab),
  # so that benchmarks run here measure what ./pagelab runs
  unsafe=()
  if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    unsafe=(--sun-misc-unsafe-memory-access=allow)
  fi
  exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xss8m ${unsafe[@]+"${unsafe[@]}"} ${PAGELAB_JAVA_OPTS:-} -cp "$cp" "${QUICK_MAIN:-org.pagelab.cli.Main}" "$@"
fi
find "$top/bundles/org.pagelab.engine.tests/src" "$top/bundles/org.pagelab.model.tests/src" "$top/bundles/org.pagelab.cli.tests/src" -name '*.java' 2>/dev/null > "$out/test.list" || true
[ -n "${QUICK_TESTS:-}" ] && find $QUICK_TESTS -name '*.java' >> "$out/test.list"
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 --release 21 -d "$out/test" -cp "$cp:$junit" @"$out/test.list"
[ $# -gt 0 ] || set -- --scan-classpath "$out/test"
exec "$JAVA_HOME/bin/java" -Dpagelab.shared.dir="$top/../shared" -Dpagelab.project.dir="$top" \
  -jar "$junit" execute --disable-banner --details=summary -cp "$out/test:$cp" "$@"
