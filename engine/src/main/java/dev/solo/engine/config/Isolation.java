package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What a test JVM holds ({@code solo.isolation}): one test ({@code TEST}, the default), or a
 * whole top-level class with its tests ({@code CLASS}).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public enum Isolation {
	TEST, CLASS
}
