package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** ANSI colours, or none: colours only on a terminal unless asked for. Shared by every command's output. */
@API(status = INTERNAL, since = "0.1")
public final class Style {
	private final boolean enabled;

	public Style(boolean enabled) {
		this.enabled = enabled;
	}

	public String green(String text) {
		return paint("32;1", text);
	}

	public String red(String text) {
		return paint("31;1", text);
	}

	public String yellow(String text) {
		return paint("33;1", text);
	}

	public String magenta(String text) {
		return paint("35;1", text);
	}

	public String cyan(String text) {
		return paint("36", text);
	}

	public String bold(String text) {
		return paint("1", text);
	}

	public String dim(String text) {
		return paint("2", text);
	}

	private String paint(String code, String text) {
		return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
	}
}
