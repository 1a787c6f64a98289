/**
 * What runs inside the JVM that trains a JDK 25+ AOT cache: {@code Training}, its {@code main},
 * and the Jupiter workload it runs through the child's own path, so that every test JVM starts
 * with JUnit's and Solo's classes already loaded and linked. It runs where a test JVM runs, so
 * like {@code child} it depends on {@code child} and {@code protocol} alone, never on JSON,
 * compression, the store, the scheduler, the event stream, the configuration, {@code fork} or the
 * host half of {@code startup} (checked by {@code ArchitectureTest}).
 */
package dev.solo.engine.startup.training;
