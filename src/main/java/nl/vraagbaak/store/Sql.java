package nl.vraagbaak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: nullable values and the comma-separated number lists of the pairs table. */
final class Sql {

  private Sql() {}

  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static Integer getInteger(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  static String numbers(List<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    for (Integer number : numbers) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(number);
    }
    return text.toString();
  }

  static List<Integer> numbers(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : text.split(",")) {
      numbers.add(Integer.valueOf(part));
    }
    return numbers;
  }

  /** The first value of a one-column query, or null. */
  static String scalar(Connection connection, String query, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
