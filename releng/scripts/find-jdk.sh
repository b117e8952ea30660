#!/usr/bin/env bash
# Prints the home directory of a JDK >= 21, or explains on stderr and exits 1.
# Order: $JAVA_HOME if it is >= 21, then the JDKs in /usr/lib/jvm (newest
# first), then the java on PATH.
set -u
min=21

jdk_major() { # $1 = JDK home; prints the feature version or nothing
  local rel="$1/release" v
  if [ -r "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$rel" | head -n 1)
  fi
  if [ -z "${v:-}" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  # "1.8" style versions are < 21 anyway
  printf '%s' "${v:-0}"
}

ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(jdk_major "$1")" -ge "$min" ]; }

if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then
  printf '%s\n' "$JAVA_HOME"; exit 0
fi
best="" bestv=0
for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk*; do
  [ -d "$d" ] || continue
  if ok "$d"; then
    v=$(jdk_major "$d")
    if [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  fi
done
if [ -n "$best" ]; then printf '%s\n' "$(cd "$best" && pwd -P)"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if ok "$home"; then printf '%s\n' "$home"; exit 0; fi
fi
echo "pagelab: no JDK >= $min found (looked at JAVA_HOME, /usr/lib/jvm, PATH)." >&2
echo "pagelab: install one (e.g. apt-get install openjdk-21-jdk or a Temurin JDK) or set JAVA_HOME." >&2
exit 1
