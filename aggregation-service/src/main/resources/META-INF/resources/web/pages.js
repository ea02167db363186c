/* The pages' behaviour: charts (ECharts, served from the jar), sortable tables, and panels filled from the API. */
(function () {
  "use strict";

  function chart(element) {
    var data = JSON.parse(document.getElementById(element.dataset.chart).textContent);
    if (!window.echarts || data.x.length === 0) {
      element.hidden = true;
      return;
    }
    var kind = element.dataset.kind;
    var instance = echarts.init(element);
    instance.setOption({
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: kind === "bar" ? 80 : 30 },
      xAxis: { type: "category", data: data.x, axisLabel: { rotate: kind === "bar" && data.x.length > 6 ? 45 : 0 } },
      yAxis: { type: "value" },
      series: data.series.map(function (s) { return { name: s.name, type: kind, data: s.data }; })
    });
    if (data.links) {
      instance.on("click", function (event) { window.location.href = data.links[event.dataIndex]; });
    }
    window.addEventListener("resize", function () { instance.resize(); });
  }

  function sortable(table) {
    table.querySelectorAll("thead th").forEach(function (header, column) {
      header.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column] ? a.cells[column].textContent.trim() : "";
          var y = b.cells[column] ? b.cells[column].textContent.trim() : "";
          var nx = parseFloat(x), ny = parseFloat(y);
          var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, "zh-CN");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* A panel: the API's answer (HTML inserted, indicators as a table), or "not available" for anything but 200. */
  function panel(section) {
    var body = section.querySelector(".panel-body");
    function unavailable() {
      body.textContent = "暂不可用 Not available";
      body.classList.add("unavailable");
      section.dataset.state = "unavailable";
    }
    fetch(section.dataset.panelSrc, { credentials: "same-origin",
        headers: { Accept: section.dataset.panelKind === "html" ? "text/html" : "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return section.dataset.panelKind === "html" ? response.text() : response.json();
      })
      .then(function (answer) {
        if (typeof answer === "string") {
          body.innerHTML = answer;
        } else {
          body.textContent = "";
          body.appendChild(indicators(answer.indicators, JSON.parse(section.dataset.labels || "{}")));
        }
        section.dataset.state = "loaded";
      })
      .catch(unavailable);
  }

  /* The indicators as a table: label, this year's value, numerator ÷ denominator, the year before, the change. */
  function indicators(values, labels) {
    var table = document.createElement("table");
    table.className = "indicators";
    var head = table.createTHead().insertRow();
    ["指标", "本年", "分子", "分母", "上年", "变化"].forEach(function (title) {
      var th = document.createElement("th");
      th.textContent = title;
      head.appendChild(th);
    });
    var body = table.createTBody();
    values.forEach(function (value) {
      var row = body.insertRow();
      row.dataset.indicator = value.id;
      var label = document.createElement("th");
      label.scope = "row";
      label.textContent = labels[value.id] || value.id;
      row.appendChild(label);
      [percent(value.value), String(value.numerator), String(value.denominator), percent(value.previousValue),
        points(value.change)].forEach(function (text) { row.insertCell().textContent = text; });
    });
    return table;
  }

  /* A ratio as a percentage (two decimals); "—" where it has none (a denominator of 0). */
  function percent(ratio) {
    return ratio === null || ratio === undefined ? "—" : hundredths(Number(ratio) * 100) + "%";
  }

  /* Two decimals, rounded; never "-0.00". */
  function hundredths(value) {
    return (Math.round(value * 100) / 100 + 0).toFixed(2);
  }

  /* A change of a ratio, in percentage points. */
  function points(change) {
    if (change === null || change === undefined) { return "—"; }
    var value = hundredths(Number(change) * 100);
    return (Number(value) > 0 ? "+" : "") + value + " 个百分点";
  }

  document.querySelectorAll(".chart[data-chart]").forEach(chart);
  document.querySelectorAll("table.sortable").forEach(sortable);
  document.querySelectorAll("[data-panel-src]").forEach(panel);
})();
