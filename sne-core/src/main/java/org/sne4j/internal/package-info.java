/**
 * Plumbing shared by the application services, not part of the API (a later {@code
 * module-info.java} will not export it): {@link org.sne4j.internal.Journal}, which reads and
 * folds the streams, appends the events with their metadata and keeps the read models up to date
 * in one place. Applications never call it; they call the services through {@code Sne}.
 */
package org.sne4j.internal;
