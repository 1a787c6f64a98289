#!/bin/bash
# Issue 27's OOM figure, by hand (root, cgroup v1 memory controller at /sys/fs/cgroup/memory):
# examples/misbehaving's four 300 MB MemoryHogTest tests at -j 4, first with no limit (the peaks
# are learned into the store), then in a memory cgroup of LIMIT (default 1600M), without a budget
# (--test-memory none) and with the default (auto: the cgroup's limit less a margin). Needs a built
# tree (mvn install -DskipTests: launcher/target/solo.jar, examples/it/target/fixture-cp) and
# bench/rss_over_time.py; usage: LIMIT=1400M bench/oom_in_cgroup.sh
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIMIT=${LIMIT:-1600M}
R=/root/.m2/repository
V=6.1.3
CP=$ROOT/examples/it/target/fixture-cp/solo-example-misbehaving-0.1.0-SNAPSHOT-tests.jar
for a in org/junit/platform/junit-platform-commons org/junit/platform/junit-platform-launcher org/junit/platform/junit-platform-engine org/junit/jupiter/junit-jupiter-api org/junit/jupiter/junit-jupiter-engine org/junit/jupiter/junit-jupiter-params; do
  n=$(basename $a); CP=$CP:$R/$a/$V/$n-$V.jar; done
CP=$CP:$R/org/apiguardian/apiguardian-api/1.1.2/apiguardian-api-1.1.2.jar:$R/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar
W=/tmp/oomwork; rm -rf $W; mkdir -p $W/.config
printf '[profile.default]\njvm-args = ["-Xmx700m"]\nclass-data-sharing = false\n' > $W/.config/solo.toml
G=/sys/fs/cgroup/memory/solo-oom; mkdir -p $G; echo $LIMIT > $G/memory.limit_in_bytes; echo 0 > $G/memory.failcnt || true
cd $W
export SOLO_CACHE_DIR=$W/cache
run() { # label, cgroup (yes|no), args...
  label=$1; cg=$2; shift 2
  enter=""; [ $cg = yes ] && enter="echo \$\$ > $G/cgroup.procs;"
  sh -c "$enter exec python3 $ROOT/bench/rss_over_time.py $W/$label -- java -jar $ROOT/launcher/target/solo.jar run -cp $CP --scan-class-path=$ROOT/examples/it/target/fixture-cp/solo-example-misbehaving-0.1.0-SNAPSHOT-tests.jar -E 'test(~MemoryHogTest)' -j 4 --color never $*"
  grep -E "tests run|CRASH|SIGKILL|signal|FAIL|budget|alone" $W/$label.out | head -8
  echo "oom_control: $(grep oom_kill $G/memory.oom_control 2>/dev/null | tr '\n' ' ')"
}
run learn no --test-memory none   # the peaks, learned where nothing limits them
run none yes --test-memory none
run auto yes
rmdir $G 2>/dev/null || true
