/**
 * The workload a JDK 25+ AOT cache (or a class-data archive) is trained on, so that every test
 * JVM starts with JUnit's classes already loaded.
 */
package dev.solo.engine.training;
