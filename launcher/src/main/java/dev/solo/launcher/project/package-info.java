/**
 * The project a command works on: its modules as the Solo engine takes them (a Maven project
 * the boot read, or the one class path of {@code -cp}), their {@code junit-platform.properties},
 * and the one Platform launcher session over them. Reads a {@link dev.solo.launcher.project.Selection},
 * never the command line itself: it depends on no command and on no output.
 */
package dev.solo.launcher.project;
