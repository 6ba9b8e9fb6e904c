package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The identity of an event stream: the history of one aggregate (one demand, one vacancy…).
 *
 * @param category the kind of aggregate, e.g. {@code demande}; lower-case letters, digits, '-'
 * @param id the aggregate's identifier within its category, e.g. a numéro unique
 */
public record StreamId(String category, String id) {

  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public StreamId {
    checkArgument(
        category != null && CATEGORY.matcher(category).matches(),
        "Invalid stream category: '%s' (lower-case letters, digits and '-', at most 40)",
        category);
    checkArgument(
        id != null && !id.isBlank() && id.length() <= 100, "Invalid stream id: '%s' (1 to 100 characters)", id);
  }

  @Override
  public String toString() {
    return category + "/" + id;
  }
}
