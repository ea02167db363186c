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

  /* A panel: the API's answer (HTML inserted, JSON numbers listed), or "not available" for anything but 200. */
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
          body.appendChild(list(answer));
        }
        section.dataset.state = "loaded";
      })
      .catch(unavailable);
  }

  function list(answer) {
    var table = document.createElement("table");
    (function walk(value, path) {
      if (value !== null && typeof value === "object") {
        Object.keys(value).forEach(function (key) { walk(value[key], path ? path + "." + key : key); });
      } else {
        var row = table.insertRow();
        row.insertCell().textContent = path;
        row.insertCell().textContent = value === null ? "—" : String(value);
      }
    })(answer, "");
    return table;
  }

  document.querySelectorAll(".chart[data-chart]").forEach(chart);
  document.querySelectorAll("table.sortable").forEach(sortable);
  document.querySelectorAll("[data-panel-src]").forEach(panel);
})();
