package dev.solo.launcher.command;

import java.util.Locale;

import picocli.CommandLine;

/** {@code --message-format}, as {@code run} and {@code list} both take it. */
enum MessageFormat {
	HUMAN, JSON, JSON_PRETTY;

	/** The format {@code value} names; anything else is a usage error, worded as nextest words it. */
	static MessageFormat of(CommandLine commandLine, String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "human" -> HUMAN;
			case "json" -> JSON;
			case "json-pretty" -> JSON_PRETTY;
			default -> throw new CommandLine.ParameterException(commandLine,
					"invalid value '" + value + "' for --message-format: expected human, json or json-pretty");
		};
	}

	boolean isJson() {
		return this != HUMAN;
	}
}
