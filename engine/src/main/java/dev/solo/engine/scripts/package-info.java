/**
 * Setup and teardown scripts ({@code [scripts.setup.NAME]}, {@code [[profile.NAME.scripts]]}):
 * which units need which scripts, running each script once per run as a process of its own, the
 * variables it exports to the tests ({@code SOLO_ENV}), and stopping what it left running once
 * its teardown is done. The scheduler sees them only as a {@code UnitGate}.
 */
package dev.solo.engine.scripts;
