#include "bench/synthetic.h"


namespace bd::bench {
namespace {

// SplitMix64's finaliser: a good 64-bit mix, cheap enough to recompute every
// value instead of storing it.
uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t key(uint64_t kind, uint64_t school, uint64_t element, uint64_t option, uint64_t half) {
  return mix((kind << 56) | (school << 24) | (element << 16) | (option << 8) | half);
}

OrgType school_type(uint64_t h) {
  const int p = static_cast<int>(h % 100);
  if (p < 30) return OrgType::kSchoolPreschool;
  if (p < 60) return OrgType::kSchoolPrimary;
  if (p < 82) return OrgType::kSchoolLowerSecondary;
  if (p < 88) return OrgType::kSchoolUpperSecondary;
  if (p < 95) return OrgType::kSchoolMultilevel;
  return OrgType::kSchoolContinuing;
}

std::string two_digits(int i) { return std::string(1, static_cast<char>('0' + i / 10)) + static_cast<char>('0' + i % 10); }

}  // namespace

std::optional<Scale> parse_scale(std::string_view name) {
  if (name == "small") return Scale::kSmall;
  if (name == "province") return Scale::kProvince;
  if (name == "national") return Scale::kNational;
  return std::nullopt;
}

const char* scale_name(Scale s) {
  switch (s) {
    case Scale::kSmall: return "small";
    case Scale::kProvince: return "province";
    case Scale::kNational: return "national";
  }
  return "small";
}

Shape shape_of(Scale s) {
  switch (s) {
    case Scale::kSmall: return {2, 20, 200};
    case Scale::kProvince: return {1, 100, 1500};
    case Scale::kNational: return {34, 3300, 54000};
  }
  return {};
}

Dataset::Dataset(Scale scale) : scale_(scale) {
  const Shape shape = shape_of(scale);
  // Communes spread over departments, schools over communes, by hash: sizes
  // vary like real ones (~97 communes a department, ~16 schools a commune).
  std::vector<std::vector<int>> communes_of(static_cast<size_t>(shape.departments));
  for (int c = 0; c < shape.communes; ++c)
    communes_of[mix(0x1000000ull + static_cast<uint64_t>(c)) % static_cast<uint64_t>(shape.departments)].push_back(c);
  std::vector<std::vector<int>> schools_of(static_cast<size_t>(shape.communes));
  for (int s = 0; s < shape.schools; ++s)
    schools_of[mix(0x2000000ull + static_cast<uint64_t>(s)) % static_cast<uint64_t>(shape.communes)].push_back(s);

  // Depth-first numbering from 1; `last` is filled when a subtree closes.
  auto add = [&](int64_t parent, OrgType type, int depth) {
    const int64_t id = static_cast<int64_t>(units_.size()) + 1;
    units_.push_back({id, parent, type, depth, id});
    return id;
  };
  auto close = [&](int64_t id) { units_[static_cast<size_t>(id - 1)].last = static_cast<int64_t>(units_.size()); };
  const int64_t ministry = add(0, OrgType::kMinistry, 0);
  for (const auto& communes : communes_of) {
    const int64_t dept = add(ministry, OrgType::kDepartment, 1);
    for (int c : communes) {
      const int64_t commune = add(dept, OrgType::kCommune, 2);
      for (int s : schools_of[static_cast<size_t>(c)]) {
        const int64_t school = add(commune, school_type(mix(0x3000000ull + static_cast<uint64_t>(s))), 3);
        schools_.push_back(school);
      }
      close(commune);
    }
    close(dept);
  }
  close(ministry);

  for (int e = 0; e < kElements; ++e) elements_.push_back({e + 1, "E" + two_digits(e), e % 4 == 3});
  // Indicator k: female share of elements 4k, 4k+1 over all of 4k+2, 4k+3
  // (each mixes stocks and a flow, so both period rules are exercised).
  for (int k = 0; k < kElements / 4; ++k) {
    Indicator ind{k + 1, "I" + two_digits(k), "", {4 * k, 4 * k + 1}, {4 * k + 2, 4 * k + 3}};
    ind.expression = "100 * (#{" + elements_[4 * k].code + ".female} + #{" + elements_[4 * k + 1].code +
                     ".female}) / (#{" + elements_[4 * k + 2].code + "} + #{" + elements_[4 * k + 3].code + "})";
    indicators_.push_back(std::move(ind));
  }
}

std::vector<analytics::UnitNode> Dataset::tree() const {
  std::vector<analytics::UnitNode> out;
  out.reserve(units_.size());
  for (const Unit& u : units_)
    out.push_back({u.id, u.parent ? std::optional<int64_t>(u.parent) : std::nullopt, u.type, false});
  return out;
}

std::vector<int64_t> Dataset::departments() const {
  std::vector<int64_t> out;
  for (const Unit& u : units_)
    if (u.depth == 1) out.push_back(u.id);
  return out;
}

std::optional<float> Dataset::value(size_t school, int element, int option, int half_index) const {
  const auto s = static_cast<uint64_t>(school), e = static_cast<uint64_t>(element);
  const auto o = static_cast<uint64_t>(option), h = static_cast<uint64_t>(half_index);
  if (key(1, s, e, 0, h) % 100 < 2) return std::nullopt;  // this report is missing (both sexes)
  if (elements_[static_cast<size_t>(element)].flow) return static_cast<float>(key(2, s, e, o, h) % 8);
  // A stock: a per-school level (5..254) that drifts a little each half-year.
  return static_cast<float>(5 + key(3, s, e, o, 0) % 250 + key(4, s, e, o, h) % 20);
}

void Dataset::for_each_column(
    const std::function<void(int, int, const Period&, const std::vector<analytics::Engine::UnitValue>&)>& fn) const {
  std::vector<analytics::Engine::UnitValue> column;
  column.reserve(schools_.size());
  for (int e = 0; e < kElements; ++e)
    for (int o = 0; o < kOptions; ++o)
      for (int h = 0; h < kHalves; ++h) {
        column.clear();
        for (size_t s = 0; s < schools_.size(); ++s)
          if (auto v = value(s, e, o, h)) column.push_back({schools_[s], *v});
        fn(e, o, Period{PeriodType::kHalfYear, kFirstYear + h / 2, h % 2 + 1}, column);
      }
}

void Dataset::for_each_value(const std::function<void(const Value&)>& fn) const {
  for (int e = 0; e < kElements; ++e)
    for (int y = 0; y < kYears; ++y)
      for (int o = 0; o < kOptions; ++o)
        for (size_t s = 0; s < schools_.size(); ++s)
          for (int half = 1; half <= 2; ++half)
            if (auto v = value(s, e, o, 2 * y + half - 1)) fn({e, kFirstYear + y, schools_[s], o, half, *v});
}

size_t Dataset::value_count() const {
  size_t n = 0;
  for (size_t s = 0; s < schools_.size(); ++s)
    for (int e = 0; e < kElements; ++e)
      for (int h = 0; h < kHalves; ++h)
        if (value(s, e, 0, h)) n += kOptions;
  return n;
}

void load_engine(const Dataset& data, analytics::Engine& engine) {
  engine.set_tree(data.tree());
  for (const Element& e : data.elements())
    engine.set_element({e.id, e.flow ? analytics::Aggregation::kFlow : analytics::Aggregation::kStock, kOptions});
  data.for_each_column([&](int e, int o, const Period& half, const std::vector<analytics::Engine::UnitValue>& values) {
    engine.put_many(data.elements()[static_cast<size_t>(e)].id, o, half, values);
  });
}

}  // namespace bd::bench
