package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * nextest's {@code --show-progress}. {@code auto} draws the bar on an interactive terminal and
 * falls back to the counter elsewhere (a pipe, CI, {@code --no-capture}); {@code bar} never
 * falls back, so off a terminal it shows neither.
 */
@API(status = INTERNAL, since = "0.1")
public enum ShowProgress { AUTO, BAR, COUNTER, NONE }
