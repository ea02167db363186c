package gov.disclosure.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The region hierarchy of {@code regions.csv} (the National Bureau of Statistics' 2023 division codes) under
 * the country {@value #COUNTRY_CODE}. Immutable; load it once.
 */
public final class Regions {

    public static final String COUNTRY_CODE = "000000";
    public static final Region COUNTRY = new Region(COUNTRY_CODE, "全国", RegionLevel.COUNTRY, null);

    private static final String RESOURCE = "/regions.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByCode;
    private final Map<String, List<Region>> byName;

    private Regions(List<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        Map<String, List<Region>> children = new HashMap<>();
        Map<String, List<Region>> names = new HashMap<>();
        codes.put(COUNTRY_CODE, COUNTRY);
        for (Region region : regions) {
            codes.put(region.code(), region);
            children.computeIfAbsent(region.parentCode(), code -> new ArrayList<>()).add(region);
            names.computeIfAbsent(region.name(), name -> new ArrayList<>()).add(region);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.childrenByCode = freeze(children);
        this.byName = freeze(names);
    }

    /** The table shipped with this module. */
    public static Regions standard() {
        return Holder.STANDARD;
    }

    public static Regions read(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<Region> regions = new ArrayList<>();
            reader.readLine(); // header: code,name,level,parent
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    regions.add(parse(line));
                }
            }
            return new Regions(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region table", e);
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    /** The direct sub-regions, in table order. */
    public List<Region> children(String code) {
        return childrenByCode.getOrDefault(code, List.of());
    }

    /** The region itself, then its parent, and so on up to the country. */
    public List<Region> selfAndAncestors(String code) {
        List<Region> chain = new ArrayList<>();
        for (Region region = byCode.get(code); region != null; region = byCode.get(region.parentCode())) {
            chain.add(region);
        }
        return chain;
    }

    /** The region and every region below it. */
    public List<Region> selfAndDescendants(String code) {
        List<Region> result = new ArrayList<>();
        find(code).ifPresent(region -> collectDescendants(region, result));
        return result;
    }

    /** Regions whose name is exactly {@code name}; names repeat across the country (six 市中区). */
    public List<Region> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    private void collectDescendants(Region region, List<Region> into) {
        into.add(region);
        for (Region child : children(region.code())) {
            collectDescendants(child, into);
        }
    }

    private static Region parse(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("region table: expected code,name,level,parent in: " + line);
        }
        String parent = cells[3].isBlank() ? COUNTRY_CODE : cells[3].trim();
        RegionLevel level = RegionLevel.valueOf(cells[2].trim().toUpperCase(Locale.ROOT));
        return new Region(cells[0].trim(), cells[1].trim(), level, parent);
    }

    private static Map<String, List<Region>> freeze(Map<String, List<Region>> map) {
        Map<String, List<Region>> frozen = new HashMap<>();
        map.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    private static final class Holder {
        static final Regions STANDARD = load();

        private static Regions load() {
            try (InputStream csv = Regions.class.getResourceAsStream(RESOURCE)) {
                if (csv == null) {
                    throw new IllegalStateException("region table " + RESOURCE + " is not on the classpath");
                }
                return read(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
