package dev.geotimeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The H2 file behind H2's own file name, which carries its file-system prefixes. */
class DatabaseDiskTest {

    @Test
    void prefixesAreDropped() {
        assertEquals(Path.of("/data/geotimeline.mv.db"), DatabaseDisk.diskPath("retry:nio:/data/geotimeline.mv.db"));
        assertEquals(Path.of("/data/geotimeline.mv.db"), DatabaseDisk.diskPath("/data/geotimeline.mv.db"));
        assertEquals(
                Path.of("data/geotimeline.mv.db").toAbsolutePath(),
                DatabaseDisk.diskPath("retry:./data/geotimeline.mv.db"));
    }

    @Test
    void inMemoryStoresHaveNoFile() {
        assertNull(DatabaseDisk.diskPath("memFS:geotimeline-test.mv.db"));
    }
}
