#!/usr/bin/env python3
"""Runs a command and samples, every 100 ms, the resident set of it and of every process below it
(test JVMs): prints the host's peak, the test JVMs' total peak, the most JVMs at once, and the total
per second. Not a row of Harness: issue 27's memory-budget figures in BENCHMARKS.md were taken with
it by hand, e.g.

  bench/rss_over_time.py /tmp/hog-none -- java -jar launcher/target/solo.jar run -cp … -j 4 --test-memory none

The command's output goes to OUT_PREFIX.out. Sampling reads /proc: Linux only.
"""
import os, subprocess, sys, time
out = sys.argv[1]; cmd = sys.argv[sys.argv.index('--')+1:]
def kids(pid):
    res=[]
    try:
        for t in os.listdir(f'/proc/{pid}/task'):
            with open(f'/proc/{pid}/task/{t}/children') as f:
                res += [int(x) for x in f.read().split()]
    except OSError: pass
    return res
def rss(pid):
    try:
        with open(f'/proc/{pid}/status') as f:
            for l in f:
                if l.startswith('VmRSS:'): return int(l.split()[1])*1024
    except OSError: pass
    return 0
p = subprocess.Popen(cmd, stdout=open(out+'.out','w'), stderr=subprocess.STDOUT)
t0=time.time(); series=[]
while p.poll() is None:
    todo=kids(p.pid); allk=[]
    while todo:
        k=todo.pop(); allk.append(k); todo+=kids(k)
    jvms=[k for k in allk if rss(k)>0]
    series.append((time.time()-t0, rss(p.pid), sum(rss(k) for k in jvms), len(jvms)))
    time.sleep(0.1)
peak=max(series,key=lambda s:s[2])
print(f"{out}: exit {p.returncode}, wall {time.time()-t0:.1f}s, host peak {max(s[1] for s in series)>>20} MiB, "
      f"test JVMs' total RSS peak {peak[2]>>20} MiB at {peak[0]:.1f}s, most JVMs at once {max(s[3] for s in series)}")
row=[]
for sec in range(0,int(series[-1][0])+1):
    pts=[s for s in series if sec<=s[0]<sec+1]
    if pts: row.append(f"{max(s[2] for s in pts)>>20}")
print("  per second, test JVMs' total RSS (MiB, max in each second):", " ".join(row))
