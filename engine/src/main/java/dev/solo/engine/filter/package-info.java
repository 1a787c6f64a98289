/**
 * The filterset language ({@code -E}, {@code solo.filter}, overrides' filters): a lexer, a
 * recursive-descent parser, matchers, and errors with a caret under the mistake.
 */
package dev.solo.engine.filter;
