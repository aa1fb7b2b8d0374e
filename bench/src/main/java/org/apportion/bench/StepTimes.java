package org.apportion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apportion.launcher.Database;

/** How long each step of the import job took, from JBeret's job repository: where the job's time goes. */
final class StepTimes {

    private StepTimes() {
    }

    static List<String> of(Database db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet steps = statement.executeQuery(
                     "SELECT STEPNAME, STARTTIME, ENDTIME, READCOUNT, WRITECOUNT, COMMITCOUNT FROM STEP_EXECUTION "
                             + "ORDER BY STEPEXECUTIONID")) {
            while (steps.next()) {
                Timestamp start = steps.getTimestamp(2);
                Timestamp end = steps.getTimestamp(3);
                String took = start == null || end == null ? "?"
                        : String.format("%.1f s", Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0);
                lines.add(String.format("%-22s %9s  read %d, written %d, %d commits", steps.getString(1), took,
                        steps.getLong(4), steps.getLong(5), steps.getLong(6)));
            }
        }
        return lines;
    }
}
