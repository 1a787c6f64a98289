#!/usr/bin/env bash
# Solo benchmark: floor, fork cost, Commons Text, long poles, memory, discovery — one table per run.
# Usage: bench/run.sh [--jdk PATH]... [--quick] [--no-build] [--runs N] [--runs-long N]
#                     [--rows floor,fork,commons,longpole,memory,examples,discovery,cpu,scale,record,ctfull,realproject,scripts] [--ct-filter REGEX | --ct-full]
# See bench/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$here/work"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
build=1
quick=0
runs=3
runs_long=1
rows=""
ct_filter=""
ct_full=0
extra=()

# --jdk given more than once: one invocation, each JDK's tables in turn (the build done once).
jdks=()
others=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == --jdk ]]; then jdks+=("$2"); shift 2; else others+=("$1"); shift; fi
done
if [[ ${#jdks[@]} -gt 1 ]]; then
  no_build=()
  for j in "${jdks[@]}"; do
    "$0" "${others[@]}" "${no_build[@]}" --jdk "$j" || exit $?
    no_build=(--no-build)
  done
  exit 0
fi
set -- "${others[@]}"
[[ ${#jdks[@]} -eq 1 ]] && jdk="${jdks[0]}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; shift ;;
    --no-build) build=0; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --runs-long) runs_long="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --ct-filter) ct_filter="$2"; shift 2 ;;
    --ct-full) ct_full=1; shift ;;
    --threads|--mode|--long-pole-seconds|--engine-jar|--baseline-engine-jar|--classes|--methods) extra+=("$1" "$2"); shift 2 ;;
    --discovery-classes|--discovery-methods|--discovery-runners|--discovery-suites|--rp-tests) extra+=("$1" "$2"); shift 2 ;;
    --no-solo|--no-quiet-wait|--gc-compare|--ahead-compare) extra+=("$1"); shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

# Commons Text scope: its whole suite (1,399 tests) takes Solo ~8 minutes on 2 cores, so by default
# a quarter of it (the text.similarity, text.diff, text.translate and text.matcher packages, 338
# tests); --quick takes only text.similarity; --ct-full the whole suite.
if [[ -z "$ct_filter" ]]; then
  if [[ $ct_full -eq 1 ]]; then ct_filter=''
  elif [[ $quick -eq 1 ]]; then ct_filter='^org\.apache\.commons\.text\.similarity\..*Test$'
  else ct_filter='^org\.apache\.commons\.text\.(similarity|diff|translate|matcher)\..*Test$'
  fi
fi
if [[ $quick -eq 1 ]]; then
  runs=1
  runs_long=1
fi

jdk="$(cd "$jdk" && pwd)"
[[ -x "$jdk/bin/java" ]] || { echo "run.sh: no $jdk/bin/java" >&2; exit 2; }
export JAVA_HOME="$jdk"
export PATH="$jdk/bin:$PATH"
mkdir -p "$work/lib" "$work/logs"

log() { printf '== %s\n' "$*"; }

if [[ $build -eq 1 ]]; then
  log "building Solo (mvn -q -B install -DskipTests) with $jdk"
  if ! (cd "$repo" && mvn -q -B install -DskipTests >"$work/logs/build.log" 2>&1); then
    echo "run.sh: build failed, see $work/logs/build.log (Solo rows will be skipped if no engine jar)" >&2
    tail -20 "$work/logs/build.log" >&2
  fi
fi

cs="$work/lib/junit-platform-console-standalone-6.1.3.jar"
if [[ ! -f "$cs" ]]; then
  log "fetching junit-platform-console-standalone 6.1.3"
  (cd "$here/commons-text" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.junit.platform:junit-platform-console-standalone:6.1.3 -DoutputDirectory="$work/lib" \
      >"$work/logs/fetch-console.log" 2>&1) || { cat "$work/logs/fetch-console.log" >&2; exit 1; }
fi

# JUnit 4 and Hamcrest for the discovery row's generated JUnit 4 classes (console-standalone bundles
# JUnit 4 too; these stand for the jars a project's test class path has).
junit4=""
for a in junit:junit:4.13.2 org.hamcrest:hamcrest-core:1.3; do
  IFS=: read -r _ name version <<<"$a"
  jar="$work/lib/$name-$version.jar"
  if [[ ! -f "$jar" ]]; then
    log "fetching $a"
    (cd "$here/commons-text" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$a" -DoutputDirectory="$work/lib" >"$work/logs/fetch-$name.log" 2>&1) \
      || { cat "$work/logs/fetch-$name.log" >&2; exit 1; }
  fi
  junit4="${junit4:+$junit4:}$jar"
done

# The Commons Text test class path depends on the JDK (its pom switches GraalVM JS at 22).
major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
ctcp="$work/commons-text-jdk$major.cp"
if [[ ! -s "$ctcp" ]]; then
  log "resolving Commons Text 1.14.0 tests jar and test dependencies (JDK $major)"
  (cd "$here/commons-text" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$ctcp" >"$work/logs/resolve-commons-text.log" 2>&1) \
    || { cat "$work/logs/resolve-commons-text.log" >&2; exit 1; }
fi

args=(--jdk "$jdk" --repo "$repo" --work "$work" --cs-jar "$cs" --ct-cp "$ctcp" --junit4-cp "$junit4"
      --runs "$runs" --runs-long "$runs_long")
[[ -n "$rows" ]] && args+=(--rows "$rows")
[[ -n "$ct_filter" ]] && args+=(--ct-filter "$ct_filter")
args+=("${extra[@]}")

# The harness is several source files (JDK 17 cannot launch more than one as a source program):
# compile them afresh into $work/classes, with the JDK that runs them.
rm -rf "$work/classes"
"$jdk/bin/javac" -d "$work/classes" "$here"/*.java >"$work/logs/javac-harness.log" 2>&1 \
  || { cat "$work/logs/javac-harness.log" >&2; exit 1; }

exec "$jdk/bin/java" -cp "$work/classes" Harness "${args[@]}"
