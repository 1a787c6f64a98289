package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code cpu-priority}: how much of the CPU a test JVM gets next to everything else on the
 * machine, as a nice increment on Unix (the JVM runs under {@code nice -n}, relative to Solo's own
 * niceness). {@code low} keeps a developer's IDE or a CI agent responsive while the suite runs;
 * raising priority ({@code high}, {@code above-normal}) needs the privilege to (root, or
 * {@code CAP_SYS_NICE}).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public enum CpuPriority {
	HIGH(-10),
	ABOVE_NORMAL(-5),
	NORMAL(0),
	BELOW_NORMAL(5),
	LOW(10),
	IDLE(19);

	private final int niceIncrement;

	CpuPriority(int niceIncrement) {
		this.niceIncrement = niceIncrement;
	}

	/** What {@code nice -n} adds to Solo's own niceness; negative raises the priority. */
	public int niceIncrement() {
		return niceIncrement;
	}

	/** As written in the settings: {@code above-normal}. */
	public String written() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The value {@code written} names, as the settings spell it. */
	static CpuPriority of(String written) {
		return valueOf(written.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
