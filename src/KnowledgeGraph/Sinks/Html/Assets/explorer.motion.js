// Moving the view of a large graph smoothly. Sigma redraws every node and edge for each step
// of the camera; with software WebGL (machines without a usable GPU, headless browsers) one
// drawing of tens of thousands of items takes most of a second, so a drag or a wheel zoom would
// show one frame a second. While the camera moves, the last drawing is instead moved and
// scaled as a picture (a CSS transform of sigma's layers, which the browser's compositor
// applies without drawing the graph again), and the graph is drawn again at full quality once
// the camera has been still for a moment. Map viewers do the same with their tiles.
//
// Frames are counted honestly: a frame is an animation frame in which the picture on screen
// changed, either because the transform changed or because sigma drew the graph. Idle
// animation frames and camera steps that did not reach the screen are not counted.
window.KGMotion = function (renderer, options) {
  "use strict";

  var camera = renderer.getCamera();
  var captor = renderer.getMouseCaptor();
  var settleMs = options.settleMs || 150;
  var stats = {
    frames: 0,          // animation frames in which the picture changed (moved picture or full drawing)
    pictureFrames: 0,   // of which the last drawing was moved or scaled
    renders: 0,         // full drawings of the graph
    stale: false,       // the picture on screen is a moved drawing, not yet drawn again
    lastInputAt: 0,     // page time of the last mouse release or wheel step over the graph
    lastFullFrameAt: 0, // page time of the first animation frame after the last full drawing
    picture: false      // whether moves are shown as a moved picture now
  };

  // Sigma's own camera listener draws the whole graph on every camera step: it is replaced by
  // one that chooses. Without that listener (another sigma version) the page keeps sigma's
  // behaviour, and stats.picture stays false.
  var listeners = renderer.activeListeners;
  var sigmaOnCamera = listeners && listeners.camera;
  if (typeof sigmaOnCamera !== "function") return stats;
  camera.removeListener("updated", sigmaOnCamera);
  camera.on("updated", onCamera);

  // Sigma looks for the node under the pointer on every mouse move by reading a pixel back from
  // its last drawing, a round trip to the GPU process. While a button is held or the picture is
  // moved, that drawing is not what the user sees, so the look-up is skipped: it could only
  // find the wrong node, and it slows the drag down.
  var sigmaOnMove = listeners.handleMove;
  if (typeof sigmaOnMove === "function") {
    captor.removeListener("mousemove", sigmaOnMove);
    captor.on("mousemove", function (e) {
      if (stats.picture && (captor.isMouseDown || stats.stale)) return;
      sigmaOnMove(e);
    });
  }

  var drawnState = camera.getState(); // the camera of the drawing now on screen
  var shown = "";                     // the transform now applied ("" for none)
  var frameRequest = 0, settleTimer = 0;

  function layers() {
    // The mouse layer takes the events and is transparent: it must stay where it is, or the
    // pointer positions sigma reads from it would move with the picture.
    var canvases = renderer.getCanvases(), out = [];
    for (var name in canvases) if (name !== "mouse") out.push(canvases[name]);
    return out;
  }

  function setTransform(value) {
    if (value === shown) return false;
    shown = value;
    layers().forEach(function (c) {
      c.style.transformOrigin = "0 0";
      c.style.transform = value;
    });
    return true;
  }

  // Where the last drawing goes on screen for the camera now: the corners of the drawing are
  // taken back to graph space with the camera they were drawn with, then forward with today's.
  function transformFor(state) {
    var size = renderer.getDimensions();
    var a = renderer.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: drawnState });
    var b = renderer.viewportToFramedGraph({ x: size.width, y: size.height }, { cameraState: drawnState });
    var a1 = renderer.framedGraphToViewport(a, { cameraState: state });
    var b1 = renderer.framedGraphToViewport(b, { cameraState: state });
    var scale = (b1.x - a1.x) / size.width;
    if (Math.abs(scale - 1) < 1e-6 && Math.abs(a1.x) < 0.01 && Math.abs(a1.y) < 0.01) return "";
    return "translate(" + a1.x.toFixed(2) + "px, " + a1.y.toFixed(2) + "px) scale(" + scale.toFixed(5) + ")";
  }

  function onCamera() {
    stats.picture = options.usePicture();
    if (!stats.picture) {
      renderer.scheduleRender();
      return;
    }
    if (!frameRequest) frameRequest = requestAnimationFrame(movePicture);
    armSettle();
  }

  function movePicture() {
    frameRequest = 0;
    if (setTransform(transformFor(camera.getState()))) {
      stats.frames++;
      stats.pictureFrames++;
      stats.stale = shown !== "";
    }
  }

  function armSettle() {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, settleMs);
  }

  // Drawn again once the camera is still and no button is held (a held button is a drag that
  // may go on; drawing now would stall it for as long as the drawing takes).
  function settle() {
    settleTimer = 0;
    if (!stats.stale && shown === "") return;
    if (camera.isAnimated() || captor.isMouseDown) { armSettle(); return; }
    renderer.render();
  }

  renderer.on("afterRender", function () {
    if (frameRequest) { cancelAnimationFrame(frameRequest); frameRequest = 0; }
    drawnState = camera.getState();
    setTransform("");
    stats.stale = false;
    stats.renders++;
    stats.frames++;
    requestAnimationFrame(function () { stats.lastFullFrameAt = performance.now(); });
  });

  captor.on("mouseup", function () {
    stats.lastInputAt = performance.now();
    if (stats.stale) armSettle();
  });
  captor.on("wheel", function () { stats.lastInputAt = performance.now(); });

  // A press must find what is under the pointer in the picture the user sees: sigma finds
  // nodes and edges in its last drawing, so a moved picture is drawn again first.
  options.container.addEventListener("mousedown", function () {
    if (stats.stale) { clearTimeout(settleTimer); settleTimer = 0; renderer.render(); }
  }, true);

  stats.picture = options.usePicture();
  return stats;
};
