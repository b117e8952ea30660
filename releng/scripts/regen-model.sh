#!/usr/bin/env bash
# Regenerates the EMF code of bundles/org.pagelab.model (src-gen/) from
# model/*.ecore and model/*.genmodel with EMF's generator, outside Eclipse.
# The generated code is checked in; run this after editing an .ecore file.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=$("$top/releng/scripts/find-jdk.sh")
cd "$top"
./mvnw -B -q -f releng/model-gen/pom.xml compile exec:java
